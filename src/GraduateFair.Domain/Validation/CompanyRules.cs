using System.Buffers;

namespace GraduateFair.Domain.Validation;

/// <summary>Rules for registering a company.</summary>
public static class CompanyRules
{
    /// <summary>The length of a unified social credit code (统一社会信用代码).</summary>
    public const int CreditCodeLength = 18;

    /// <summary>The characters a unified social credit code is written in (GB 32100-2015): digits and capitals without I, O, S, V, Z.</summary>
    public const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly SearchValues<char> CreditCodeCharacters = SearchValues.Create(CreditCodeAlphabet);

    /// <summary>
    /// Exactly 18 characters, each from <see cref="CreditCodeAlphabet"/>. Capitals only: lower
    /// case is not silently accepted.
    /// </summary>
    /// <remarks>
    /// The check digit (the 18th character, a weighted sum modulo 31) is deliberately NOT
    /// verified: the rule asked for is length and alphabet, and test and demo data are full of
    /// codes without a valid checksum. Verification of the company itself is an organiser's job.
    /// </remarks>
    public static string? CreditCode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "Credit code is required.";
        }

        if (value.Length != CreditCodeLength)
        {
            return $"Credit code must be exactly {CreditCodeLength} characters.";
        }

        return value.AsSpan().ContainsAnyExcept(CreditCodeCharacters)
            ? "Credit code may contain only digits and the capital letters ABCDEFGHJKLMNPQRTUWXY."
            : null;
    }

    /// <summary>The company's name: 1 to 200 characters after trimming.</summary>
    public static string? Name(string? value) => TextRules.Required(value, "Company name", TextRules.NameMaxLength);
}
