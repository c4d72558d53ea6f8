namespace GraduateFair.Domain.Interviews;

/// <summary>How an interview ended, as recorded by the employer.</summary>
public enum InterviewOutcome
{
    Advance,
    Offer,
    Reject,
    NoShow,
}
