using System.Globalization;

namespace GraduateFair.Domain.Reports;

/// <summary>
/// A part of a whole (offers of interviews, employed of graduates served) with its percentage.
/// Division is safe: a share of nothing (<see cref="Whole"/> 0) has no percentage (null), never
/// an error or NaN.
/// </summary>
/// <param name="Part">How many have the property.</param>
/// <param name="Whole">How many there are.</param>
public readonly record struct Share(int Part, int Whole)
{
    /// <summary>A share, checked.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the part is larger than the whole.</exception>
    public static Share Of(int part, int whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfNegative(whole);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, whole);
        return new Share(part, whole);
    }

    /// <summary>Part ÷ whole × 100, rounded to one decimal (halves away from zero); null when the whole is 0.</summary>
    public double? Percent =>
        Whole == 0 ? null : (double)Math.Round(100m * Part / Whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>"3 of 4 (75%)", "1 of 3 (33.3%)", or "0 of 0" when there is nothing to divide.</summary>
    public override string ToString() =>
        Percent is { } percent
            ? string.Create(CultureInfo.InvariantCulture, $"{Part} of {Whole} ({percent}%)")
            : string.Create(CultureInfo.InvariantCulture, $"{Part} of {Whole}");
}
