namespace GraduateFair.Domain.Reports;

/// <summary>Median and percentiles of durations, as reports show them.</summary>
/// <remarks>
/// <para>
/// The median is the middle value of the sorted durations, or for an even count the mean of the
/// two middle ones (to the tick, rounded down): the median of 1, 2, 3, 4 minutes is 2.5 minutes.
/// </para>
/// <para>
/// Other percentiles use the nearest-rank method: the p-th percentile of n sorted values is the
/// value at rank ⌈p × n / 100⌉ (1-based), so it is always one of the values and at least p% of
/// the values are at or below it. The 90th percentile of 1..10 minutes is 9 minutes (rank 9), of
/// 1..11 minutes is 10 minutes (rank ⌈9.9⌉ = 10), of three values the largest (rank ⌈2.7⌉ = 3).
/// The rank is computed in integers, so no rounding error can push it up by one.
/// </para>
/// </remarks>
public static class DurationStatistics
{
    /// <summary>The median of <paramref name="durations"/>, or null when there are none.</summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan> durations)
    {
        var sorted = Sorted(durations);
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1
            ? sorted[middle]
            : TimeSpan.FromTicks((long)(((Int128)sorted[middle - 1].Ticks + sorted[middle].Ticks) / 2));
    }

    /// <summary>The nearest-rank <paramref name="percent"/>-th percentile of <paramref name="durations"/>, or null when there are none.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not from 1 to 100.</exception>
    public static TimeSpan? Percentile(IEnumerable<TimeSpan> durations, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = Sorted(durations);
        return sorted.Length == 0 ? null : sorted[NearestRank(sorted.Length, percent) - 1];
    }

    /// <summary>⌈<paramref name="percent"/> × <paramref name="count"/> / 100⌉, the 1-based rank of the percentile.</summary>
    internal static int NearestRank(int count, int percent) => (int)((((long)percent * count) + 99) / 100);

    private static TimeSpan[] Sorted(IEnumerable<TimeSpan> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        var sorted = durations.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
