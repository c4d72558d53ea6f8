using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Queues;

/// <summary>How long an invited graduate has to accept.</summary>
public static class InvitationPolicy
{
    /// <summary>The time to accept an invitation: 90 seconds.</summary>
    public static TimeSpan StandardWait { get; } = TimeSpan.FromSeconds(90);

    /// <summary>90 seconds, doubled to 180 for a graduate who shared the extra-time accommodation.</summary>
    public static TimeSpan WaitFor(IEnumerable<Accommodation> accommodations)
    {
        ArgumentNullException.ThrowIfNull(accommodations);
        return accommodations.Contains(Accommodation.ExtraTime) ? StandardWait * 2 : StandardWait;
    }
}
