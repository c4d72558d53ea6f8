using GraduateFair.Domain.Reports;

namespace GraduateFair.Grains.Cases;

/// <summary>A case as the monthly supervision report counts it, with the graduate's city.</summary>
public sealed record SupervisionEntry(string City, SupervisionCase Case);
