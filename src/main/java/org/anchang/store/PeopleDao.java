package org.anchang.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The office's people, read through a JDBI SqlObject; rows mapped onto {@link Person} by its constructor. */
@RegisterConstructorMapper(PeopleDao.Person.class)
public interface PeopleDao {

    /** One of the office's people and their role (consultant, clerk, supervisor, manager, agent). */
    record Person(String id, String name, String role) {
    }

    @SqlQuery("SELECT id, name, role FROM consultant ORDER BY id")
    List<Person> all();

    @SqlQuery("SELECT id, name, role FROM consultant WHERE id = :id")
    Optional<Person> find(@Bind("id") String id);
}
