using System.Text.Json.Serialization;

namespace GraduateFair.Domain.Queues;

/// <summary>
/// How long a booth's last <see cref="Capacity"/> finished interviews took, oldest first;
/// their mean drives the wait estimate. Immutable and serialisable.
/// </summary>
public sealed record InterviewLengthWindow
{
    /// <summary>How many of the latest interviews count.</summary>
    public const int Capacity = 10;

    /// <summary>A window with no finished interview yet.</summary>
    public static InterviewLengthWindow Empty { get; } = new([]);

    /// <summary>The mean assumed before any interview has finished: 10 minutes.</summary>
    public static TimeSpan DefaultMean { get; } = TimeSpan.FromMinutes(10);

    /// <summary>A window of <paramref name="durations"/>, oldest first; only the last <see cref="Capacity"/> are kept.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative.</exception>
    [JsonConstructor]
    public InterviewLengthWindow(IReadOnlyList<TimeSpan> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        if (durations.Any(d => d < TimeSpan.Zero))
        {
            throw new ArgumentOutOfRangeException(nameof(durations), "An interview cannot take a negative time.");
        }

        Durations = Array.AsReadOnly(durations.Skip(Math.Max(0, durations.Count - Capacity)).ToArray());
    }

    /// <summary>The durations, oldest first, at most <see cref="Capacity"/>.</summary>
    public IReadOnlyList<TimeSpan> Durations { get; }

    /// <summary>The mean duration, or <see cref="DefaultMean"/> while the window is empty.</summary>
    [JsonIgnore]
    public TimeSpan Mean =>
        Durations.Count == 0 ? DefaultMean : TimeSpan.FromTicks(Durations.Sum(d => d.Ticks) / Durations.Count);

    /// <summary>This window with a newly finished interview added (and the oldest dropped when full).</summary>
    public InterviewLengthWindow Add(TimeSpan duration) => new([.. Durations, duration]);

    /// <summary>Equal when the durations are equal, in order.</summary>
    public bool Equals(InterviewLengthWindow? other) =>
        other is not null && Durations.SequenceEqual(other.Durations);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var duration in Durations)
        {
            hash.Add(duration);
        }

        return hash.ToHashCode();
    }
}
