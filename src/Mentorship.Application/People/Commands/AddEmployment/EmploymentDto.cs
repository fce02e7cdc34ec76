using AutoMapper;
using Mentorship.Domain.People;

namespace Mentorship.Application.People.Commands.AddEmployment;

// The facts the yearly efficiency criteria read: employment of teachers (criterion 4), contests (5, 6),
// presentations and publications, and trainings on mentorship (6).

/// <summary>
/// A teacher's employment at an organisation (трудоустройство), read by criterion 4 (retention of young specialists).
/// </summary>
/// <param name="Id">Identifier of the employment.</param>
/// <param name="PersonId">The teacher.</param>
/// <param name="OrganizationId">The employing organisation.</param>
/// <param name="HiredAt">Date of hire.</param>
/// <param name="LeftAt">Date the teacher left; null while employed.</param>
/// <param name="ExperienceYearsAtHire">Pedagogical experience at hire, in years.</param>
/// <param name="IsYoungSpecialist">
/// Young specialist (молодой специалист) at hire: under 3 years of experience, unless set otherwise.
/// </param>
public sealed record EmploymentDto(Guid Id, Guid PersonId, Guid OrganizationId, DateOnly HiredAt, DateOnly? LeftAt, decimal ExperienceYearsAtHire, bool IsYoungSpecialist)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Employment, EmploymentDto>();
    }
}
