package org.policytracker.orderimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An uploaded file's format by its name's ending, and the message for a file the importer cannot read. */
class OrderTextFormatTest {

    @ParameterizedTest
    @CsvSource({"order.txt, PLAIN", "2026-12345.html, HTML", "EO 14399.HTM, HTML", "2026-12345.xml, XML",
            "Order.Text.XML, XML"})
    void theFormatFollowsTheFileNamesEnding(String fileName, OrderTextFormat format) {
        assertThat(OrderTextFormat.ofFileName(fileName)).isEqualTo(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12345.pdf", "order.docx", "order", "order.txt.zip"})
    void anyOtherFileIsRefusedSayingWhichFilesAreRead(String fileName) {
        assertThatThrownBy(() -> OrderTextFormat.ofFileName(fileName)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + fileName + "\" cannot be read: upload the order's text as a .txt, .html or .xml file");
    }
}
