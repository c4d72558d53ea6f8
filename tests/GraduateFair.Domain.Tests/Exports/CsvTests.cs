using System.Text;
using GraduateFair.Domain.Exports;

namespace GraduateFair.Domain.Tests.Exports;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("武汉光谷科技有限公司", "武汉光谷科技有限公司")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line1\r\nline2", "\"line1\r\nline2\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    [InlineData("  spaced  ", "  spaced  ")]
    [InlineData("湖北，武汉", "湖北，武汉")]
    public void FieldsAreQuotedOnlyWhenRfc4180NeedsIt(string? value, string expected)
    {
        Assert.Equal(expected, Csv.Field(value));
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+86 138 0000 0000", "'+86 138 0000 0000")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-", "'-")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"点我\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("'=already", "'=already")]
    public void FieldsThatASpreadsheetWouldRunGetAnApostrophe(string value, string expected)
    {
        Assert.Equal(expected, Csv.Field(value));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("+3")]
    [InlineData("-3.25")]
    [InlineData("12.5")]
    public void PlainNumbersAreNotGuarded(string value)
    {
        Assert.Equal(value, Csv.Field(value));
    }

    [Theory]
    [InlineData("-.5")]
    [InlineData("-5.")]
    [InlineData("-1e3")]
    public void AlmostNumbersAreGuarded(string value)
    {
        Assert.Equal("'" + value, Csv.Field(value));
    }

    [Fact]
    public void EveryRowEndsWithCrLf()
    {
        var text = Csv.Document([["城市", "人数"], ["武汉", "12"], ["北京, 海淀", null]]);

        Assert.Equal("城市,人数\r\n武汉,12\r\n\"北京, 海淀\",\r\n", text);
    }

    [Fact]
    public void TheBytesStartWithTheUtf8ByteOrderMarkAndHoldChineseAsUtf8()
    {
        var bytes = Csv.ToUtf8WithBom([["武汉"]]);

        Assert.Equal([0xEF, 0xBB, 0xBF, 0xE6, 0xAD, 0xA6, 0xE6, 0xB1, 0x89, 0x0D, 0x0A], bytes);
    }

    [Fact]
    public void WriteRowWritesTheSameRowAsDocument()
    {
        using var writer = new StringWriter();

        Csv.WriteRow(writer, ["=1", "招聘会, 春季"]);
        Csv.WriteRow(writer, []);

        Assert.Equal("'=1,\"招聘会, 春季\"\r\n\r\n", writer.ToString());
        Assert.Equal(writer.ToString(), Csv.Document([["=1", "招聘会, 春季"], []]));
    }

    [Fact]
    public void TheEncodingWritesAByteOrderMark()
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], Csv.Utf8WithBom.GetPreamble());
        Assert.Equal("武汉", Encoding.UTF8.GetString(Csv.ToUtf8WithBom([["武汉"]]).AsSpan(3)).TrimEnd());
    }
}
