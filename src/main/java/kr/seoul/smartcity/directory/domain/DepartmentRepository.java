package kr.seoul.smartcity.directory.domain;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

public interface DepartmentRepository extends ReactiveCrudRepository<Department, String> {}
