namespace GraduateFair.Domain.FollowUps;

/// <summary>How an organiser reached a graduate for a follow-up (回访); serialised in kebab-case (<c>text-message</c>).</summary>
public enum FollowUpChannel
{
    Phone,
    TextMessage,
    Email,
    VideoCall,
    InPerson,
    Other,
}
