using Mentorship.Application.People.Commands.AddContestParticipation;
using Mentorship.Application.People.Commands.AddEmployment;
using Mentorship.Application.People.Commands.AddPublication;
using Mentorship.Application.People.Commands.AddTraining;

namespace Mentorship.Application.People.Queries.GetPersonRecords;

/// <summary>All the activity records of a person, newest first.</summary>
/// <param name="Employments">Employments of the teacher (criterion 4).</param>
/// <param name="Contests">Contest participations (criteria 5 and 6).</param>
/// <param name="Publications">Presentations and publications (criterion 6).</param>
/// <param name="Trainings">Mentorship trainings, ДПП courses (criterion 6).</param>
public sealed record PersonRecordsDto(
    IReadOnlyList<EmploymentDto> Employments,
    IReadOnlyList<ContestParticipationDto> Contests,
    IReadOnlyList<PublicationDto> Publications,
    IReadOnlyList<TrainingDto> Trainings);
