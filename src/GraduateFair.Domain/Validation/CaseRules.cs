using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Enumerations;

namespace GraduateFair.Domain.Validation;

/// <summary>Rules for what an organiser records on a case. <see cref="GraduateCase"/> applies them too.</summary>
public static class CaseRules
{
    /// <summary>The most services of one kind recorded at once.</summary>
    public const int MaxServicesAtOnce = 100;

    /// <summary>
    /// A status with its details: signed and employed need an employer (1 to 200 characters) and
    /// a date; other statuses take neither (a blank employer counts as none). The note is optional, at most 4,000 characters.
    /// Errors name the fields <c>employer</c>, <c>date</c>, <c>note</c>.
    /// </summary>
    public static IReadOnlyList<FieldError> StatusChange(CaseStatus to, string? note, string? employer, DateOnly? date)
    {
        var errors = new List<FieldError>();
        var label = KebabCase.Format(to);
        if (to is CaseStatus.Signed or CaseStatus.Employed)
        {
            if (string.IsNullOrWhiteSpace(employer))
            {
                errors.Add(new("employer", $"Employer is required to record {label}."));
            }
            else if (TextRules.Required(employer, "Employer", TextRules.NameMaxLength) is { } employerError)
            {
                errors.Add(new("employer", employerError));
            }

            if (date is null)
            {
                errors.Add(new("date", $"Date is required to record {label}."));
            }
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(employer))
            {
                errors.Add(new("employer", "Employer is recorded only with signed or employed."));
            }

            if (date is not null)
            {
                errors.Add(new("date", "Date is recorded only with signed or employed."));
            }
        }

        if (TextRules.Optional(note, "Note", TextRules.DescriptionMaxLength) is { } noteError)
        {
            errors.Add(new("note", noteError));
        }

        return errors;
    }

    /// <summary>
    /// Services recorded by hand: 1 to <see cref="MaxServicesAtOnce"/> at once, with an optional
    /// note of at most 4,000 characters. Errors name the fields <c>count</c> and <c>note</c>.
    /// </summary>
    public static IReadOnlyList<FieldError> Services(int count, string? note)
    {
        var errors = new List<FieldError>();
        if (count is < 1 or > MaxServicesAtOnce)
        {
            errors.Add(new("count", $"Count must be between 1 and {MaxServicesAtOnce}."));
        }

        if (TextRules.Optional(note, "Note", TextRules.DescriptionMaxLength) is { } noteError)
        {
            errors.Add(new("note", noteError));
        }

        return errors;
    }
}
