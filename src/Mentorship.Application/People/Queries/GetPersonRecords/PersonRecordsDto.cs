using Mentorship.Application.People.Commands.AddContestParticipation;
using Mentorship.Application.People.Commands.AddEmployment;
using Mentorship.Application.People.Commands.AddPublication;
using Mentorship.Application.People.Commands.AddTraining;

namespace Mentorship.Application.People.Queries.GetPersonRecords;

/// <summary>All the activity records of a person, newest first.</summary>
public sealed record PersonRecordsDto(
    IReadOnlyList<EmploymentDto> Employments,
    IReadOnlyList<ContestParticipationDto> Contests,
    IReadOnlyList<PublicationDto> Publications,
    IReadOnlyList<TrainingDto> Trainings);
