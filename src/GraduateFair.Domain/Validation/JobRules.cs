namespace GraduateFair.Domain.Validation;

/// <summary>Rules for a job posted at a booth.</summary>
public static class JobRules
{
    /// <summary>
    /// Openings at least 1; each salary, when given, not negative; the maximum not below the
    /// minimum when both are given. Errors name the fields <c>openings</c>, <c>salaryMin</c>,
    /// <c>salaryMax</c>.
    /// </summary>
    public static IReadOnlyList<FieldError> Check(int openings, decimal? salaryMin, decimal? salaryMax)
    {
        var errors = new List<FieldError>();
        if (openings < 1)
        {
            errors.Add(new("openings", "Openings must be at least 1."));
        }

        if (salaryMin < 0)
        {
            errors.Add(new("salaryMin", "Minimum salary must not be negative."));
        }

        if (salaryMax < 0)
        {
            errors.Add(new("salaryMax", "Maximum salary must not be negative."));
        }
        else if (salaryMin >= 0 && salaryMax < salaryMin)
        {
            errors.Add(new("salaryMax", "Maximum salary must not be less than the minimum salary."));
        }

        return errors;
    }

    /// <summary>The job's title: 1 to 200 characters after trimming.</summary>
    public static string? Title(string? value) => TextRules.Required(value, "Title", TextRules.TitleMaxLength);
}
