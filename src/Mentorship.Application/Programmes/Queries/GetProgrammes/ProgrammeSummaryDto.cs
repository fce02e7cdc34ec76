using AutoMapper;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Queries.GetProgrammes;

public sealed record ProgrammeSummaryDto
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public required string Title { get; init; }

    public AcademicYear StartYear { get; init; }

    public AcademicYear? EndYear { get; init; }

    public ProgrammeStage Stage { get; init; }

    public ProgrammeStatus Status { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Programme, ProgrammeSummaryDto>()
            .ForMember(d => d.OrganizationName, o => o.MapFrom(s => s.Organization!.Name));
    }
}
