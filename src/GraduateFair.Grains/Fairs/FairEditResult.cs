using GraduateFair.Domain.Validation;

namespace GraduateFair.Grains.Fairs;

/// <param name="Fair">The fair after the edit; null when there is no such fair.</param>
/// <param name="TimesChanged">The opening or closing time moved: the schedule must follow.</param>
public sealed record FairEditResult(FairEditOutcome Outcome, FairInfo? Fair, string? Message, IReadOnlyList<FieldError> Errors, bool TimesChanged = false);
