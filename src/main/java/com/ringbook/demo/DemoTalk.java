package com.ringbook.demo;

import com.ringbook.booking.api.LeadCard;
import com.ringbook.demo.DemoBusiness.Fate;
import com.ringbook.demo.DemoLines.JobKind;
import com.ringbook.demo.DemoLines.Urgency;
import com.ringbook.demo.DemoPeople.Caller;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.TimeSlot;
import java.util.List;

/**
 * One caller's story as it unfolds: who they are, the job, what the desk knows of them so far, what they
 * were offered and booked, and the lead card staff fill in from that.
 */
final class DemoTalk {
    final Caller caller;
    final boolean returning;
    final JobKind job;
    final String problem;
    final Urgency urgency;
    final int value;
    Fate fate;
    long threadId;
    boolean nameKnown;
    boolean addressKnown;
    boolean askedPrice;
    boolean combinedQuestions;
    /** Booked again after the shop had to cancel: not changed a second time. */
    boolean rebooked;
    int offers;
    List<TimeSlot> offered = List.of();
    Appointment appointment;

    DemoTalk(Caller caller, boolean returning, Fate fate, JobKind job, String problem, Urgency urgency, int value) {
        this.caller = caller;
        this.returning = returning;
        this.fate = fate;
        this.job = job;
        this.problem = problem;
        this.urgency = urgency;
        this.value = value;
        this.nameKnown = returning;
        this.addressKnown = returning;
    }

    String first() {
        return caller.first;
    }

    /** The lead card as staff fill it in: what they know so far, the job's usual value once it is qualified. */
    LeadCard card(String notes) {
        Caller c = caller;
        if (fate == Fate.NOT_A_JOB) {
            return new LeadCard(null, null, null, null, null, notes);
        }
        String name = addressKnown ? c.fullName() : nameKnown ? c.first : null;
        String access = c.access == null ? null : Character.toUpperCase(c.access.charAt(0)) + c.access.substring(1);
        String allNotes = notes == null ? access : access == null || !addressKnown ? notes : notes + ". " + access;
        return new LeadCard(name, addressKnown ? c.address : null, job.type(), urgency.label,
                Integer.toString(value), allNotes);
    }
}
