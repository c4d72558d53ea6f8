namespace GraduateFair.Domain.Queues;

/// <summary>
/// A graduate's place and expected wait, in the shape clients get
/// (<c>{position, etaSeconds, etaText}</c>).
/// </summary>
public sealed record WaitEstimate(int Position, int EtaSeconds, string EtaText)
{
    /// <summary>
    /// The estimate for <paramref name="position"/>: position × the mean of the booth's last
    /// interviews ÷ the number of employers taking interviews (at least 1), in whole seconds.
    /// </summary>
    public static WaitEstimate For(int position, InterviewLengthWindow recentInterviews, int employersTakingInterviews)
    {
        ArgumentNullException.ThrowIfNull(recentInterviews);
        var seconds = EtaSecondsFor(position, recentInterviews.Mean, employersTakingInterviews);
        return new WaitEstimate(position, seconds, Queues.EtaText.For(seconds));
    }

    /// <summary>
    /// position × <paramref name="meanInterview"/> ÷ max(1, <paramref name="employersTakingInterviews"/>),
    /// rounded to whole seconds (halves away from zero) and capped at <see cref="int.MaxValue"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> or <paramref name="meanInterview"/> is negative.</exception>
    public static int EtaSecondsFor(int position, TimeSpan meanInterview, int employersTakingInterviews)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfLessThan(meanInterview, TimeSpan.Zero);
        var seconds = (decimal)position * meanInterview.Ticks / TimeSpan.TicksPerSecond / Math.Max(1, employersTakingInterviews);
        return (int)Math.Min(int.MaxValue, Math.Round(seconds, MidpointRounding.AwayFromZero));
    }
}
