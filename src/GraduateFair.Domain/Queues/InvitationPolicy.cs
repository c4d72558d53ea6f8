using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Queues;

/// <summary>How long an invited graduate has to accept.</summary>
public static class InvitationPolicy
{
    /// <summary>The time to accept an invitation: 90 seconds.</summary>
    public static TimeSpan StandardWait { get; } = TimeSpan.FromSeconds(90);

    /// <summary>90 seconds, doubled to 180 for a graduate who shared the extra-time accommodation.</summary>
    public static TimeSpan WaitFor(IEnumerable<Accommodation> accommodations) => WaitFor(accommodations, StandardWait);

    /// <summary>The wait for a booth whose standard answer time is <paramref name="standardWait"/>: doubled with extra time.</summary>
    public static TimeSpan WaitFor(IEnumerable<Accommodation> accommodations, TimeSpan standardWait)
    {
        ArgumentNullException.ThrowIfNull(accommodations);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(standardWait, TimeSpan.Zero);
        return accommodations.Contains(Accommodation.ExtraTime) ? standardWait * 2 : standardWait;
    }
}
