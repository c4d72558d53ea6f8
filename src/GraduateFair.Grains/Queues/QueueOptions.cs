using GraduateFair.Domain.Queues;

namespace GraduateFair.Grains.Queues;

/// <summary>The <c>Queues</c> configuration section.</summary>
public sealed class QueueOptions
{
    public const string SectionName = "Queues";

    /// <summary>How long an invited graduate has to accept (default 90 seconds; doubled for extra time).</summary>
    public TimeSpan InvitationWait { get; set; } = InvitationPolicy.StandardWait;

    /// <summary>How long a waiting graduate may stay without a connection before they lose their place (default 10 minutes).</summary>
    public TimeSpan OfflineRemoval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a queue with waiting graduates looks for graduates offline too long (default every minute).</summary>
    public TimeSpan OfflineCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
