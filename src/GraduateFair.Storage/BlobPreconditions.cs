namespace GraduateFair.Storage;

/// <summary>The one place that decides whether a <see cref="BlobCondition"/> or an append fence holds.</summary>
internal static class BlobPreconditions
{
    /// <summary>Throws <see cref="BlobConcurrencyException"/> unless <paramref name="condition"/> holds for the current ETag (null: no blob).</summary>
    public static void Check(string name, string? currentETag, BlobCondition condition)
    {
        if (condition.IfNoneMatchAny && currentETag is not null)
        {
            throw new BlobConcurrencyException(name, "it already exists (If-None-Match: *).");
        }

        if (condition.IfMatch is { } expected && !string.Equals(expected, currentETag, StringComparison.Ordinal))
        {
            throw new BlobConcurrencyException(name, currentETag is null
                ? $"it does not exist (If-Match: {expected})."
                : $"its ETag is {currentETag}, not {expected}.");
        }
    }

    /// <summary>Throws <see cref="BlobConcurrencyException"/> unless an append at <paramref name="expectedLength"/> may go ahead.</summary>
    /// <param name="currentKind">The blob's kind, or null when there is no blob.</param>
    public static void CheckAppend(string name, BlobKind? currentKind, long currentLength, long expectedLength)
    {
        switch (currentKind)
        {
            case null when expectedLength != 0:
                throw new BlobConcurrencyException(name, $"it does not exist, so appends start at 0, not {expectedLength}.");
            case BlobKind.Block:
                throw new BlobConcurrencyException(name, "it is a block blob; only append blobs take appends.");
            case BlobKind.Append when currentLength != expectedLength:
                throw new BlobConcurrencyException(name, $"its length is {currentLength}, not {expectedLength}.");
        }
    }
}
