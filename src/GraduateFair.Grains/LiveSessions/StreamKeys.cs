using System.Security.Cryptography;
using System.Text;

namespace GraduateFair.Grains.LiveSessions;

/// <summary>
/// A live session's secret stream key: <c>&lt;session id&gt;-&lt;secret&gt;</c>, the secret being 32
/// characters drawn by the cryptographic random number generator (about 160 bits). The session id
/// in front only routes nginx's callback to the session; the secret is what proves the publisher.
/// </summary>
public static class StreamKeys
{
    public const int SecretLength = 32;

    private const string Alphabet = "0123456789abcdefghijkmnpqrstuvwxyz";

    /// <summary>Session ids hold no '-' (see <see cref="Ids"/>), so the first one ends the id.</summary>
    private const char Separator = '-';

    public static string New(string sessionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        if (sessionId.Contains(Separator, StringComparison.Ordinal))
        {
            throw new ArgumentException("A session id holds no '-'.", nameof(sessionId));
        }

        Span<char> secret = stackalloc char[SecretLength];
        RandomNumberGenerator.GetItems(Alphabet, secret);
        return $"{sessionId}{Separator}{secret}";
    }

    /// <summary>The session a key names, or null when it is not shaped like a key.</summary>
    public static string? SessionIdOf(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var separator = key.IndexOf(Separator, StringComparison.Ordinal);
        return separator > 0 && key.Length - separator - 1 == SecretLength ? key[..separator] : null;
    }

    /// <summary>Compares in constant time, so the answer's timing tells nothing about the secret.</summary>
    public static bool Matches(string? expected, string? presented)
    {
        if (expected is null || presented is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
    }
}
