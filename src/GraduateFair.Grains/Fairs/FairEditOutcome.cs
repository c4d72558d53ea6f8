namespace GraduateFair.Grains.Fairs;

public enum FairEditOutcome
{
    Edited,

    /// <summary>Every value was already as asked.</summary>
    Unchanged,

    /// <summary>A time is refused (see the field errors); nothing changed.</summary>
    Invalid,

    /// <summary>The edit contradicts the fair's status (see the message); nothing changed.</summary>
    Conflict,

    Missing,
}
