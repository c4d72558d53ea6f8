namespace GraduateFair.Grains.Companies;

public sealed class CompanyState
{
    public CompanyInfo? Company { get; set; }

    public CompanyLogo? Logo { get; set; }
}
