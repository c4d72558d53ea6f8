namespace GraduateFair.Grains.Fairs;

public enum RegistrationOutcome
{
    Registered,
    AlreadyRegistered,

    /// <summary>The fair is closed: nobody registers any more.</summary>
    Closed,

    Missing,
}
