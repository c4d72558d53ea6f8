namespace GraduateFair.Domain.LiveSessions;

/// <summary>What a live session may be scheduled with.</summary>
public static class LiveSessionRules
{
    /// <summary>The longest external HLS URL.</summary>
    public const int UrlMaxLength = 2000;

    /// <summary>How far in the past a start may lie (a session scheduled to start "now" from a slow form).</summary>
    public static readonly TimeSpan StartSlack = TimeSpan.FromMinutes(5);

    /// <summary>How far ahead a session may be scheduled.</summary>
    public static readonly TimeSpan FurthestAhead = TimeSpan.FromDays(366);

    /// <summary>The start time must lie between a few minutes ago and a year ahead.</summary>
    public static string? StartsAt(DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (startsAt < now - StartSlack)
        {
            return "Starts at must not be in the past.";
        }

        return startsAt > now + FurthestAhead ? "Starts at must be within a year from now." : null;
    }

    /// <summary>An external HLS URL: absolute http or https, at most <see cref="UrlMaxLength"/> characters.</summary>
    public static string? ExternalHlsUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        if (url.Length > UrlMaxLength)
        {
            return $"External HLS URL must be at most {UrlMaxLength} characters.";
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host)
            ? null
            : "External HLS URL must be an absolute http or https URL (the stream's .m3u8 playlist).";
    }
}
