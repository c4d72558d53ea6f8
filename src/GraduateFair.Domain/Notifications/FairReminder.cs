namespace GraduateFair.Domain.Notifications;

/// <summary>A reminder registered graduates get before a fair opens; serialised in kebab-case (<c>thirty-minutes-before</c>).</summary>
public enum FairReminder
{
    ThirtyMinutesBefore,
    FiveMinutesBefore,
}
