using GraduateFair.Domain.Queues;

namespace GraduateFair.Grains.Queues;

/// <summary>The <c>Queues</c> configuration section.</summary>
public sealed class QueueOptions
{
    public const string SectionName = "Queues";

    /// <summary>How long an invited graduate has to accept (default 90 seconds; doubled for extra time).</summary>
    public TimeSpan InvitationWait { get; set; } = InvitationPolicy.StandardWait;
}
