using System.Text;

namespace GraduateFair.Domain.Exports;

/// <summary>
/// CSV for report exports: RFC 4180 (comma-separated, CRLF line ends, a field quoted when it
/// holds a comma, a double quote, CR or LF, with inner quotes doubled), UTF-8 with a byte-order
/// mark so spreadsheet programs read Chinese text correctly, and a guard against formula
/// injection.
/// </summary>
/// <remarks>
/// The guard: a text field starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR
/// would be run as a formula by a spreadsheet, so it gets a leading apostrophe (<c>'=1+1</c>),
/// which spreadsheets show as text. Plain numbers (<c>-5</c>, <c>+3.25</c>) are left alone:
/// they are not formulas, and prefixing them would turn figures into text.
/// </remarks>
public static class Csv
{
    /// <summary>The line end after every row, the header's included.</summary>
    public const string LineEnd = "\r\n";

    /// <summary>UTF-8 that writes a byte-order mark.</summary>
    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>One field as written: guarded, then quoted when needed; null is an empty field.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var guarded = NeedsGuard(value) ? "'" + value : value;
        return guarded.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : guarded;
    }

    /// <summary>One row: the fields written and joined with commas, without the line end.</summary>
    public static string Row(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join(',', fields.Select(Field));
    }

    /// <summary>Writes one row and its line end.</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Row(fields));
        writer.Write(LineEnd);
    }

    /// <summary>The rows as one text, each followed by CRLF.</summary>
    public static string Document(IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(Row(row)).Append(LineEnd);
        }

        return text.ToString();
    }

    /// <summary>The rows as the bytes of a file: the UTF-8 byte-order mark, then <see cref="Document"/> in UTF-8.</summary>
    public static byte[] ToUtf8WithBom(IEnumerable<IEnumerable<string?>> rows) =>
        [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(Document(rows))];

    private static bool NeedsGuard(string value) =>
        value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(value);

    // An optional sign, digits, and optionally a point and more digits: nothing a spreadsheet runs.
    private static bool IsPlainNumber(string value)
    {
        var digits = value.AsSpan(value[0] is '+' or '-' ? 1 : 0);
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        return whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || (fraction.Length > 0 && !fraction.ContainsAnyExceptInRange('0', '9')));
    }
}
