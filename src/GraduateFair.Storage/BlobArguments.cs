namespace GraduateFair.Storage;

/// <summary>Argument checks every store makes before touching anything, so they all reject the same calls.</summary>
internal static class BlobArguments
{
    public const int MaxContentTypeLength = 255;

    public static void ValidateContentType(string contentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        if (contentType.Length > MaxContentTypeLength)
        {
            throw new ArgumentException($"Content types are at most {MaxContentTypeLength} characters.", nameof(contentType));
        }

        foreach (var c in contentType)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException("Content types are printable ASCII.", nameof(contentType));
            }
        }
    }

    public static void ValidateAppend(ReadOnlyMemory<byte> data, long expectedLength)
    {
        if (data.IsEmpty)
        {
            throw new ArgumentException("An append needs at least one byte.", nameof(data));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(expectedLength);
    }

    /// <summary>Checks a listing request; the continuation is the last name of the previous page.</summary>
    public static void ValidateList(string prefix, string? continuation, int pageSize)
    {
        BlobName.ValidatePrefix(prefix);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        if (continuation is not null && !IsValidName(continuation))
        {
            throw new ArgumentException("The continuation token was not returned by this store.", nameof(continuation));
        }
    }

    public static void ValidateReadLink(string name, TimeSpan lifetime)
    {
        BlobName.Validate(name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
    }

    public static bool IsValidName(string name)
    {
        try
        {
            BlobName.Validate(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
