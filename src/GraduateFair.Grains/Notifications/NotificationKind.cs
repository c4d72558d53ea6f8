namespace GraduateFair.Grains.Notifications;

/// <summary>What a notification is about; serialised in kebab-case (<c>fair-reminder</c>).</summary>
public enum NotificationKind
{
    FairReminder,
}
