namespace GraduateFair.Domain.Validation;

/// <summary>Rules for scheduling a fair.</summary>
public static class FairRules
{
    /// <summary>A fair closes strictly after it opens. Reported against <c>closesAt</c>.</summary>
    public static string? Times(DateTimeOffset opensAt, DateTimeOffset closesAt) =>
        closesAt > opensAt ? null : "Closing time must be after the opening time.";

    /// <summary>The fair's title: 1 to 200 characters after trimming.</summary>
    public static string? Title(string? value) => TextRules.Required(value, "Title", TextRules.TitleMaxLength);
}
