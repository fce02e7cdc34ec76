using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddEmployment;

// The facts the yearly efficiency criteria read: employment of teachers (criterion 4), contests (5, 6),
// presentations and publications, and trainings on mentorship (6).

public sealed record EmploymentDto(Guid Id, Guid PersonId, Guid OrganizationId, DateOnly HiredAt, DateOnly? LeftAt, decimal ExperienceYearsAtHire, bool IsYoungSpecialist)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Employment, EmploymentDto>();
    }
}
