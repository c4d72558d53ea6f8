namespace GraduateFair.Domain.Cases;

/// <summary>Who made an entry in a case.</summary>
public enum CaseActor
{
    /// <summary>The platform itself: an interview started or ended with an offer, jobs were pushed.</summary>
    Engine,

    /// <summary>An organiser, by hand.</summary>
    Organiser,
}
