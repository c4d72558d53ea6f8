namespace GraduateFair.Storage;

/// <summary>Validation and safe construction of blob names, shared by every store.</summary>
public static class BlobName
{
    public const int MaxLength = 1024;

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="name"/> is a valid blob name.</summary>
    public static void Validate(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length > MaxLength)
        {
            throw new ArgumentException($"Blob names are at most {MaxLength} characters.", nameof(name));
        }

        if (name[0] == '/' || name[^1] == '/' || name.Contains("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Blob name '{name}' has an empty path segment.", nameof(name));
        }

        foreach (var range in name.AsSpan().Split('/'))
        {
            if (name.AsSpan(range) is "." or "..")
            {
                throw new ArgumentException($"Blob name '{name}' has a relative path segment.", nameof(name));
            }
        }

        foreach (var c in name)
        {
            if (!IsAllowed(c) && c != '/')
            {
                throw new ArgumentException($"Blob name '{name}' has the character '{c}'; allowed are letters, digits, '.', '_', '~', '-' and '/'.", nameof(name));
            }
        }
    }

    /// <summary>Validates a listing prefix: a blob name, or a blob name followed by '/', or empty.</summary>
    public static void ValidatePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            return;
        }

        Validate(prefix.EndsWith('/') ? prefix[..^1] : prefix);
    }

    /// <summary>
    /// Escapes an arbitrary string (an id, an email) into one path segment: allowed characters
    /// stay, every other UTF-8 byte becomes "~XX". Reversible and injective.
    /// </summary>
    public static string EscapeSegment(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 0x80 && IsAllowed(c) && c != '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var escaped = builder.ToString();
        return escaped is "." or ".." ? escaped.Replace(".", "~2E", StringComparison.Ordinal) : escaped;
    }

    private static bool IsAllowed(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '~' or '-';
}
