package ruhr.welcome.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ruhr.welcome.knowledge.answer.AnswerService;
import ruhr.welcome.knowledge.search.FaqIndex;

/** The search index and the answer service are plain classes (the bench commands use them without Spring). */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean(destroyMethod = "close")
    FaqIndex faqIndex() {
        return new FaqIndex();
    }

    @Bean
    AnswerService answerService(FaqIndex index) {
        return new AnswerService(index);
    }
}
