using System.Security.Cryptography;

namespace GraduateFair.Grains;

/// <summary>Opaque ids: a short kind prefix and 96 random bits, URL- and blob-name-safe.</summary>
public static class Ids
{
    private const string Alphabet = "0123456789abcdefghijkmnpqrstuvwxyz";

    public static string New(string prefix)
    {
        Span<char> chars = stackalloc char[20];
        RandomNumberGenerator.GetItems(Alphabet, chars);
        return $"{prefix}_{chars}";
    }
}
