namespace GraduateFair.Grains.Fairs;

/// <param name="RegisteredAt">When the graduate registered (the first time); null unless registered.</param>
public sealed record RegistrationResult(RegistrationOutcome Outcome, DateTimeOffset? RegisteredAt);
