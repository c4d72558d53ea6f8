namespace GraduateFair.Domain.Validation;

/// <summary>One problem with one field of a request; <see cref="Field"/> is the camelCase JSON name.</summary>
public sealed record FieldError(string Field, string Message);
