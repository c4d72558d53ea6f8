namespace GraduateFair.Domain.Validation;

/// <summary>
/// Collects the messages of several rules, per field, in the shape ASP.NET Core's
/// <c>ValidationProblem</c> takes:
/// <code>
/// var errors = new ValidationErrors()
///     .Add("email", AccountRules.Email(body.Email))
///     .Add("password", AccountRules.Password(body.Password));
/// if (!errors.IsEmpty) return TypedResults.ValidationProblem(errors.ToDictionary());
/// </code>
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    /// <summary>True when no rule reported a problem.</summary>
    public bool IsEmpty => _byField.Count == 0;

    /// <summary>Records <paramref name="message"/> against <paramref name="field"/>; a null message (the rule passed) is ignored.</summary>
    public ValidationErrors Add(string field, string? message)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        if (message is null)
        {
            return this;
        }

        if (!_byField.TryGetValue(field, out var messages))
        {
            messages = [];
            _byField.Add(field, messages);
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Records every error of a rule that checks several fields.</summary>
    public ValidationErrors AddRange(IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            Add(error.Field, error.Message);
        }

        return this;
    }

    /// <summary>The messages per field, fields in the order they were first reported.</summary>
    public Dictionary<string, string[]> ToDictionary() =>
        _byField.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}
