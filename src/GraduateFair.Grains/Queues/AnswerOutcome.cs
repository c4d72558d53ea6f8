namespace GraduateFair.Grains.Queues;

public enum AnswerOutcome
{
    Accepted,
    Declined,
    Expired,
    NotOpen,
    NotYours,
}
