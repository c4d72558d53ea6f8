namespace GraduateFair.Storage.AzureBlob;

/// <summary>
/// Retry and timeout settings of <see cref="AzureBlobStore"/> (configuration section
/// <c>Storage:AzureBlob</c>). The defaults bound a failing call to 4 attempts and about
/// 1.4 s of back-off (plus the attempts themselves, each at most <see cref="AttemptTimeout"/>).
/// </summary>
public sealed class AzureBlobStoreOptions
{
    public const string SectionName = "Storage:AzureBlob";

    /// <summary>Attempts per call, the first included (at least 1).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The back-off before the second attempt; it doubles before each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest back-off between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt (request and response body) may take before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    internal void Validate()
    {
        if (MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "At least one attempt is needed.");
        }

        if (FirstRetryDelay < TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryDelay), MaxRetryDelay, "Retry delays must be non-negative, the maximum at least the first.");
        }

        if (AttemptTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "The attempt timeout must be positive.");
        }
    }
}
