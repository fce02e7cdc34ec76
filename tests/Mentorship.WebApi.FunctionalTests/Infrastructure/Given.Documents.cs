using Mentorship.Application.Programmes.Queries.GetProgramme;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>Documents as the curator records them.</summary>
public sealed partial class Given
{
    /// <summary>Stage 5: the order on mentoring pairs (приказ о закреплении наставнических пар), which the gate to stage 6 waits for.</summary>
    public Task<ProgrammeDto> PairsOrder(Guid programmeId) =>
        OkAsync<ProgrammeDto>(PostAsync($"{Api}/programmes/{programmeId}/documents", new
        {
            kind = "PairsOrder", number = "45-од", date = "2024-10-01", fileReference = "orders/2024/45-od.pdf", approvedBy = "Директор Иванова И. И.",
        }));
}
