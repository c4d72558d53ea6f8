namespace GraduateFair.Domain.Validation;

/// <summary>Rules for registering and signing in. Each returns an error message, or null when the value is fine.</summary>
public static class AccountRules
{
    /// <summary>The longest email address that fits in SMTP's forward-path (RFC 5321 errata 1690).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>The shortest password accepted.</summary>
    public const int PasswordMinLength = 8;

    /// <summary>The longest display name, after trimming.</summary>
    public const int DisplayNameMaxLength = 100;

    private const int LocalPartMaxLength = 64;
    private const int DomainLabelMaxLength = 63;
    private const string LocalPartSymbols = "!#$%&'*+/=?^_`{|}~-";

    /// <summary>
    /// A sane email address: <c>local@domain.tld</c>, at most 254 characters, no spaces, no
    /// quoted local parts or IP-literal domains. Letters may be non-ASCII (internationalised
    /// addresses). Validate the <see cref="NormalizeEmail"/> form.
    /// </summary>
    public static string? Email(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "Email is required.";
        }

        if (value.Length > EmailMaxLength)
        {
            return $"Email must be at most {EmailMaxLength} characters.";
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        var valid = at > 0
            && at == value.LastIndexOf('@')
            && IsLocalPart(value.AsSpan(0, at))
            && IsDomain(value.AsSpan(at + 1));
        return valid ? null : "Email must be a valid email address, like name@example.com.";
    }

    /// <summary>The form an email is stored and compared in: trimmed and lower-case.</summary>
    public static string NormalizeEmail(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToLowerInvariant();
    }

    /// <summary>At least 8 characters. Nothing else is demanded of a password.</summary>
    public static string? Password(string? value) =>
        value is null || value.Length < PasswordMinLength
            ? $"Password must be at least {PasswordMinLength} characters."
            : null;

    /// <summary>1 to 100 characters after trimming, on one line. Store the trimmed form.</summary>
    public static string? DisplayName(string? value) =>
        TextRules.Required(value, "Display name", DisplayNameMaxLength);

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length > LocalPartMaxLength || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsLetterOrDigit(c) || c == '.' || LocalPartSymbols.Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var labels = 0;
        var lastLabelIsNumeric = false;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.IsEmpty || label.Length > DomainLabelMaxLength || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            lastLabelIsNumeric = true;
            foreach (var c in label)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }

                lastLabelIsNumeric &= char.IsAsciiDigit(c);
            }

            labels++;
        }

        // At least "example.com"; a numeric top-level label would be an IP address.
        return labels >= 2 && !lastLabelIsNumeric;
    }
}
