using GraduateFair.Domain.Notifications;

namespace GraduateFair.Grains.Fairs;

public sealed class FairState
{
    public FairInfo? Fair { get; set; }

    /// <summary>Graduates registered for the fair, with when they registered.</summary>
    public Dictionary<string, DateTimeOffset> Registered { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Each reminder sent, with the opening time it announced.</summary>
    public Dictionary<FairReminder, DateTimeOffset> RemindersSent { get; set; } = [];
}
