namespace GraduateFair.Domain.Reports;

/// <summary>How long a group of graduates waited: how many, the median and the 90th percentile (see <see cref="DurationStatistics"/>).</summary>
/// <param name="Count">How many waits were counted.</param>
/// <param name="MedianSeconds">The median in whole seconds (halves away from zero); null when <paramref name="Count"/> is 0.</param>
/// <param name="P90Seconds">The nearest-rank 90th percentile in whole seconds; null when <paramref name="Count"/> is 0.</param>
/// <param name="MedianText">The median as a phrase (<see cref="DurationText"/>), e.g. "12 minutes".</param>
/// <param name="P90Text">The 90th percentile as a phrase.</param>
public sealed record WaitStatistics(int Count, int? MedianSeconds, int? P90Seconds, string? MedianText, string? P90Text)
{
    /// <summary>The percentile reported besides the median.</summary>
    public const int Percentile = 90;

    /// <summary>The statistics of <paramref name="waits"/>.</summary>
    public static WaitStatistics From(IReadOnlyCollection<TimeSpan> waits)
    {
        ArgumentNullException.ThrowIfNull(waits);
        if (waits.Any(w => w < TimeSpan.Zero))
        {
            throw new ArgumentOutOfRangeException(nameof(waits), "A wait cannot be negative.");
        }

        var median = DurationStatistics.Median(waits);
        var p90 = DurationStatistics.Percentile(waits, Percentile);
        return new WaitStatistics(
            waits.Count,
            Seconds(median),
            Seconds(p90),
            median is { } m ? DurationText.For(m) : null,
            p90 is { } p ? DurationText.For(p) : null);
    }

    private static int? Seconds(TimeSpan? duration) =>
        duration is { } d ? (int)Math.Min(int.MaxValue, Math.Round(d.TotalSeconds, MidpointRounding.AwayFromZero)) : null;
}
