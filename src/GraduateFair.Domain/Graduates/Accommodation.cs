namespace GraduateFair.Domain.Graduates;

/// <summary>
/// An accommodation a graduate chose to share with employers. Unlike
/// <see cref="PriorityGroup"/>, these are shown to employers.
/// </summary>
public enum Accommodation
{
    TextChat,
    ExtraTime,
    SignLanguage,
    Captions,
}
