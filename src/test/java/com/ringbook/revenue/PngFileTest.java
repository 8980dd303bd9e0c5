package com.ringbook.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart's PNG, read back by the JDK's own decoder. */
class PngFileTest {

    @Test
    void thePixelsComeBackAsTheyWent() throws IOException {
        int[] argb = {0xFFFF0000, 0xFF00FF00, 0x800000FF, 0xFFFFFFFF, 0xFF000000, 0x00000000};
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngFile.encode(3, 2, argb)));
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(read.getHeight()).isEqualTo(2);
        for (int i = 0; i < argb.length; i++) {
            assertThat(read.getRGB(i % 3, i / 3)).as("pixel %d", i).isEqualTo(argb[i]);
        }
    }

    @Test
    void aPictureWithTheWrongNumberOfPixelsIsRefused() {
        assertThatThrownBy(() -> PngFile.encode(2, 2, new int[3])).hasMessageContaining("needs 4 pixels, got 3");
    }
}
