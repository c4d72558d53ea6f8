namespace GraduateFair.Storage;

/// <summary>An HTTP-style precondition on a blob write or delete.</summary>
public readonly record struct BlobCondition
{
    private BlobCondition(string? ifMatch, bool ifNoneMatchAny)
    {
        IfMatch = ifMatch;
        IfNoneMatchAny = ifNoneMatchAny;
    }

    /// <summary>The write succeeds only when the blob exists with this ETag.</summary>
    public string? IfMatch { get; }

    /// <summary>The write succeeds only when no blob of that name exists.</summary>
    public bool IfNoneMatchAny { get; }

    /// <summary>No precondition: last writer wins.</summary>
    public static BlobCondition None => default;

    /// <summary>If-None-Match: * (create only).</summary>
    public static BlobCondition IfNotExists => new(null, true);

    /// <summary>If-Match: the given ETag (replace only that version).</summary>
    public static BlobCondition Matches(string etag)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        return new(etag, false);
    }

    /// <summary>If-Match when an ETag is known, otherwise If-None-Match: *.</summary>
    public static BlobCondition MatchesOrNew(string? etag) => etag is null ? IfNotExists : Matches(etag);

    public override string ToString() => IfMatch is not null ? $"If-Match: {IfMatch}" : IfNoneMatchAny ? "If-None-Match: *" : "unconditional";
}
