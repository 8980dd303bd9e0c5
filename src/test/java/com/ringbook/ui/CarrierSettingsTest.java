package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.app.Ringbook;
import com.ringbook.carrier.twilio.FakeTwilioServer;
import com.ringbook.domain.CarrierSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings > Carrier: the Twilio fields, the auth token and "Test connection" against a fake Twilio. */
@ExtendWith(ApplicationExtension.class)
class CarrierSettingsTest {
    static final String SID = "AC" + "0123456789abcdef".repeat(2);
    /** Distinctive, so a leak into a label or a settings value is easy to spot. */
    static final String TOKEN = "zq7uiToken5secret9never8shown3f9a";
    static final String NUMBER = "+12065550100";

    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;
    private final FakeTwilioServer twilio = FakeTwilioServer.start(SID, TOKEN, Clock.systemUTC());

    @Start
    void start(Stage stage) {
        twilio.addIncomingNumber(NUMBER);
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
    }

    @AfterEach
    void close() throws Exception {
        console.close();
        twilio.close();
    }

    @Test
    void theSimulatorNeedsNoAccountAndHidesTwilioFields(FxRobot robot) {
        openSettings(robot);
        assertThat(shown(robot.lookup("#twilioAuthToken").query())).isFalse();
        assertThat(shown(robot.lookup("#setting-twilio-account-sid").query())).isFalse();
        assertThat(shown(robot.lookup("#setting-twilio-number").query())).isFalse();
        assertThat(shown(robot.lookup("#setting-twilio-api-base").query())).isFalse();
        assertThat(shown(robot.lookup("#testConnection").query())).isTrue();
        assertThat(shown(robot.lookup("#connectionResult").query())).isFalse();
        assertThat(texts(robot, "section-note")).anyMatch(t -> t.contains("after Ringbook restarts"));

        click(robot, "#testConnection");

        Label result = awaitResult(robot);
        assertThat(result.getText()).isEqualTo("The simulated carrier needs no account.");
        assertThat(result.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("ok"));
    }

    @Test
    void twilioCredentialsAreCheckedAgainstTheServerAndAWrongTokenIsCalledOut(FxRobot robot) {
        openSettings(robot);
        chooseTwilio(robot);
        PasswordField token = robot.lookup("#twilioAuthToken").queryAs(PasswordField.class);
        assertThat(shown(token)).isTrue();
        assertThat(token.getPromptText()).isEqualTo("Not saved yet");

        type(robot, "#twilioAuthToken", TOKEN);
        twilio.delayResponses(Duration.ofMillis(600));
        click(robot, "#testConnection");
        Label result = robot.lookup("#connectionResult").queryAs(Label.class);
        await("the check under way", () -> result.isVisible() && result.getText().equals("Checking…"));
        assertThat(robot.lookup("#testConnection").queryButton().isDisabled()).isTrue();
        twilio.delayResponses(Duration.ZERO);

        awaitResult(robot);
        assertThat(result.getText()).isEqualTo("Connected to Twilio. The number " + NUMBER + " is on this account.");
        assertThat(result.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("ok"));
        assertThat(robot.lookup("#testConnection").queryButton().isDisabled()).isFalse();

        // A changed token makes the old answer stale; the wrong one is refused in plain words.
        robot.clickOn(token);
        robot.interact(token::end);
        robot.eraseText(4).write("0000");
        await("the old result is gone", () -> !result.isVisible());
        click(robot, "#testConnection");
        awaitResult(robot);
        assertThat(result.getText()).isEqualTo("Twilio did not accept the Account SID and auth token.");
        assertThat(result.getText()).contains("did not accept");
        assertThat(result.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("failed"));
        assertThat(token.getText()).isEqualTo(TOKEN.substring(0, TOKEN.length() - 4) + "0000");
        assertThat(labelTexts(robot)).noneMatch(t -> t.contains(TOKEN.substring(0, 12)));
    }

    @Test
    void forwardingTargetAndRingTimeAreSavedWithTheRest(FxRobot robot) {
        openSettings(robot);
        chooseTwilio(robot);
        type(robot, "#twilioAuthToken", TOKEN);
        CheckBox forwarding = robot.lookup("#setting-twilio-forwarding-target").queryAs(CheckBox.class);
        assertThat(forwarding.isSelected()).isFalse();
        robot.interact(forwarding::fire);
        TextField ring = robot.lookup("#setting-twilio-ring-seconds").queryAs(TextField.class);
        robot.interact(() -> ring.setText("300"));

        click(robot, "#saveSettings");

        await("the ring time refused", () -> !robot.lookup("#problem-twilio-ring-seconds").queryAs(Label.class)
                .getText().isEmpty());
        assertThat(console.service.settings().stored().join()).containsEntry("twilio.forwarding_target", "false");
        robot.interact(() -> ring.setText("25"));
        click(robot, "#saveSettings");
        await("saved", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().equals("Saved"));
        assertThat(console.service.settings().stored().join())
                .containsEntry("twilio.forwarding_target", "true")
                .containsEntry("twilio.ring_seconds", "25");
    }

    @Test
    void savingKeepsTheTokenApartFromTheSettingsAndShowsOnlyItsHint(FxRobot robot) throws Exception {
        openSettings(robot);
        chooseTwilio(robot);
        type(robot, "#twilioAuthToken", TOKEN);
        click(robot, "#saveSettings");
        await("saved", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().equals("Saved"));

        PasswordField token = robot.lookup("#twilioAuthToken").queryAs(PasswordField.class);
        assertThat(console.service.settings().authTokenHint().join()).contains("••••••••3f9a");
        await("the field cleared, with the hint", () -> token.getText().isEmpty()
                && token.getPromptText().equals("Saved: ••••••••3f9a"));
        assertThat(console.service.settings().stored().get().get(CarrierSettings.KIND)).isEqualTo("twilio");
        assertThat(console.service.settings().stored().get().get(CarrierSettings.ACCOUNT_SID)).isEqualTo(SID);
        assertThat(console.service.settings().stored().get().values()).noneMatch(v -> v != null && v.contains(TOKEN));
        assertThat(robot.lookup("#discardSettings").queryButton().isDisabled()).isTrue();
        assertThat(labelTexts(robot)).noneMatch(t -> t.contains(TOKEN));
        assertThat(dataFilesContaining(TOKEN)).allMatch(p -> p.startsWith(dataDir.resolve("secrets")));

        // With the field left empty, "Test connection" uses the saved token.
        click(robot, "#testConnection");
        Label result = awaitResult(robot);
        assertThat(result.getText()).startsWith("Connected to Twilio.");
    }

    @Test
    void aRefusedSaveKeepsTheTokenTypedAndUnsaved(FxRobot robot) throws Exception {
        openSettings(robot);
        chooseTwilio(robot);
        TextField sid = robot.lookup("#setting-twilio-account-sid").queryAs(TextField.class);
        robot.interact(() -> sid.setText("AC123"));
        type(robot, "#twilioAuthToken", TOKEN);
        click(robot, "#saveSettings");
        await("refused", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().startsWith("Nothing was saved"));

        assertThat(robot.lookup("#problem-twilio-account-sid").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#twilioAuthToken").queryAs(PasswordField.class).getText()).isEqualTo(TOKEN);
        assertThat(console.service.settings().authTokenHint().join()).isEmpty();
        assertThat(console.service.settings().stored().get().get(CarrierSettings.KIND)).isEqualTo("simulator");

        // Fixed, the same typed token goes in with the settings.
        robot.interact(() -> sid.setText(SID));
        click(robot, "#saveSettings");
        await("saved", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().equals("Saved"));
        assertThat(console.service.settings().authTokenHint().join()).contains("••••••••3f9a");
    }

    // ---- helpers ----

    private void openSettings(FxRobot robot) {
        robot.clickOn("#navSettings");
        Button save = robot.lookup("#saveSettings").queryButton();
        await("settings loaded", () -> !save.isDisabled());
    }

    /** Picks Twilio and fills the account the fake knows, pointing the API base at the fake. */
    private void chooseTwilio(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = robot.lookup("#setting-carrier-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select("twilio"));
        await("Twilio fields shown", () -> shown(robot.lookup("#twilioAuthToken").query())
                && shown(robot.lookup("#setting-twilio-account-sid").query())
                && shown(robot.lookup("#setting-twilio-api-base").query()));
        // Pasted, as an installer would from the Twilio Console (the token alone is typed key by key).
        robot.interact(() -> {
            robot.lookup("#setting-twilio-account-sid").queryAs(TextField.class).setText(SID);
            robot.lookup("#setting-twilio-number").queryAs(TextField.class).setText(NUMBER);
            robot.lookup("#setting-twilio-api-base").queryAs(TextField.class).setText(twilio.baseUrl());
        });
    }

    private Label awaitResult(FxRobot robot) {
        Label result = robot.lookup("#connectionResult").queryAs(Label.class);
        await("a connection result", () -> result.isVisible() && !result.getText().equals("Checking…"));
        return result;
    }

    private void type(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        reveal(robot, field);
        robot.clickOn(field).write(text);
    }

    private void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        reveal(robot, node);
        robot.clickOn(node);
    }

    /** Focuses the node, as tabbing to it would, so the form scrolls it into view before it is clicked. */
    private void reveal(FxRobot robot, Node node) {
        if (node.isFocusTraversable() && !node.isDisabled()) {
            robot.interact(node::requestFocus);
        }
        Node scroll = robot.lookup(".settings-scroll").query();
        if (!isInside(node, scroll)) {
            return;
        }
        await("in view", () -> {
            var b = node.localToScene(node.getBoundsInLocal());
            var view = scroll.localToScene(scroll.getBoundsInLocal());
            return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Visible together with all its parents, as a user would see it. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static java.util.List<String> texts(FxRobot robot, String styleClass) {
        return ConsoleTestSupport.texts(robot, styleClass);
    }

    private static java.util.List<String> labelTexts(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null).toList();
    }

    private java.util.List<Path> dataFilesContaining(String secret) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(secret);
                } catch (java.io.IOException e) {
                    return false;
                }
            }).toList();
        }
    }
}
